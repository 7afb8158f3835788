/**
 * Community life (五邻社): communities tied to their division and grouped in a federation,
 * residents' teams, neighbours' ideas turned into activities, care for elderly people living
 * alone, and a volunteer time bank kept as a double-entry ledger.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Community 社区生活")
package org.onedoor.community;
