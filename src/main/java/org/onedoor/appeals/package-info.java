/**
 * Appeals (诉求): complaints, suggestions, consultations, requests for help, reports and
 * petitions from every channel become one ticket with a responsible unit, person and deadline
 * at every stage.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Appeals 诉求")
package org.onedoor.appeals;
