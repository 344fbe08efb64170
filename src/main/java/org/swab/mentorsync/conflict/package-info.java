/** mn_errors (conflicts, duplicates, bad input) and the review of Givebutter-vs-Jotform contact conflicts. */
package org.swab.mentorsync.conflict;
