/**
 * Bulk import of historical appeals (历史诉求批量导入) and the instruments of the benchmarks. A
 * city that switches to OneDoor brings years of closed tickets from its old hotline system:
 * {@code import-appeals} loads a documented CSV with PostgreSQL's COPY in one transaction;
 * {@code generate-appeals} makes such a file from real citizens' messages, for benchmarks and
 * rehearsals; {@code load-appeals} drives intake and tracking look-ups against a running OneDoor
 * over HTTP, reports throughput and latency percentiles, and records every acknowledged appeal so
 * a reliability run can prove none was lost or doubled. All are batch commands.
 */
package org.onedoor.appeals.bulk;
