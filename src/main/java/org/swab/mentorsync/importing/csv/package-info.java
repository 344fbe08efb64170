/** Reading Givebutter's contacts export: streaming, by header name, validated line by line. */
package org.swab.mentorsync.importing.csv;
