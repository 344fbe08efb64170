/** Writing CSV files people open in spreadsheets and import elsewhere: BOM, RFC 4180, formula-safe. */
package org.swab.mentorsync.base.csv;
