/** Thin Quartz jobs that call the same services as the buttons. */
package org.swab.mentorsync.sync.job;
