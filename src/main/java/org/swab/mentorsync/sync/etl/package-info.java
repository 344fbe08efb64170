/**
 * The ETL: raw Jotform/Givebutter rows → mentors, mn_tasks, mn_gb_import and mn_errors, in one transaction. The
 * rules (mentor ids, phones, names, de-duplication, linking, status) are pure code, tested without Spring.
 */
package org.swab.mentorsync.sync.etl;
