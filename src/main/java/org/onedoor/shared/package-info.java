/**
 * Kernel types every module may use: bilingual messages, the errors that become 4xx answers,
 * and the demo-seed contract. Nothing here knows about any feature.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.onedoor.shared;
