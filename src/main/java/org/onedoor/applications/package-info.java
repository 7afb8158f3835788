/**
 * Online applications (网上申办) for the catalogue's service items: a person or a company files
 * the item's form and materials (online, at the window or through a village agent), a window
 * clerk accepts it, issues one one-time notice (一次性告知, the clock stops) or rejects it;
 * approval then follows the item's steps in working days to a decision, a result and its
 * delivery; the applicant tracks it at any time and rates it (好差评), and every 差评 is followed
 * up and rectified by a deadline. The facade is {@link org.onedoor.applications.Applications}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Applications 网上申办")
package org.onedoor.applications;
