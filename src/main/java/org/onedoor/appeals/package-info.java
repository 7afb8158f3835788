/**
 * Appeals (诉求): complaints, suggestions, consultations, requests for help, reports and
 * petitions from every channel become one ticket with a responsible unit, person and deadline
 * at every stage.
 *
 * <p>Every channel registers through {@link org.onedoor.appeals.Appeals#register}; the acceptance
 * deadline is set then. After that, each step is one small use case ({@code AcceptAppeal},
 * {@code DispatchAppeal}, {@code SignForAppeal}, {@code ReturnAppeal}, {@code RequestExtension},
 * {@code DecideExtension}, {@code AskCitizen}, {@code CitizenSupplied}, {@code ReplyToAppeal},
 * {@code CloseUnratedAppeals}, {@code ReopenAppeal}, {@code RemindUnit}, {@code RequestReview}),
 * each one transaction that first moves the appeal through {@code AppealTransitions} (versioned,
 * checked against {@link org.onedoor.appeals.Lifecycle}, recorded) and then stores its own fields
 * and publishes a past-tense event ({@code AppealAccepted} ... {@code AppealReopened}).
 * Deadlines come from {@link org.onedoor.appeals.DeadlineRule}s (the most specific wins) and the
 * working-day calendar, and are stored as instants.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Appeals 诉求")
package org.onedoor.appeals;
