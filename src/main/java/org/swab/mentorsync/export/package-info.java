/** The staged Givebutter contact import (mn_gb_import), rebuilt by every ETL run. */
package org.swab.mentorsync.export;
