/**
 * The ground every module stands on: the database (embedded PostgreSQL or an external one),
 * the demo-data switch, the page shell (layouts, language, elderly-friendly mode) and the way
 * errors are answered (friendly pages, problem+json).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform 平台")
package org.onedoor.platform;
