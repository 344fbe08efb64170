/** Work a fresh JVM's first requests would pay for, done once the app is ready, off any request. */
package org.swab.mentorsync.base.warmup;
