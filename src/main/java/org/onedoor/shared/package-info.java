/**
 * Kernel types every module may use: bilingual messages, the errors that become 4xx answers,
 * the demo-seed contract, and the look-up limit per client address that public pages extend.
 * Nothing here knows about any feature.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.onedoor.shared;
