/**
 * Fault tests: each one breaks something on purpose (the pipeline process, a broker, the group, the input, the
 * schema) and checks that nothing was lost and nothing doubled, against the reference run's actual alerts.
 * RELIABILITY.md says what each does and holds the latest figures.
 */
package io.earmark.reliability;
