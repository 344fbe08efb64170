/** Fake Jotform and Givebutter APIs for tests and the benchmark: WireMock stubs serving the real response shapes. */
package org.swab.mentorsync.sync.fake;
