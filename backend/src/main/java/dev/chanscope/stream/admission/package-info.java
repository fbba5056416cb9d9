/**
 * Admission and bounds shared by every endpoint: server-wide run slots and the service's metrics
 * ({@link dev.chanscope.stream.admission.RunAdmission}), draining at shutdown, the startup warm-up's
 * key, and the per-client message rate ({@link dev.chanscope.stream.admission.RateLimit}).
 */
package dev.chanscope.stream.admission;
