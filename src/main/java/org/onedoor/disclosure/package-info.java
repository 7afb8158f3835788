/**
 * Disclosure and assessment (公示与考核): the weekly public disclosure of each unit's figures
 * (每周公示, frozen once published, later corrections noted in the next week), the year-end
 * assessment (绩效考核: rates, weights, score, ranking) and the leaders' dashboards.
 *
 * <p>Figures are maintained, not scanned per request: the appeals events mark (unit, day) and
 * day cells dirty, a refresher recomputes only those from the appeals module's published views
 * ({@code appeals.appeal_facts}, {@code appeals.appeal_steps}) into count tables, and every
 * page sums a few hundred rows of counts. {@link org.onedoor.disclosure.Disclosure} is the facade.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Disclosure 公示与考核")
package org.onedoor.disclosure;
