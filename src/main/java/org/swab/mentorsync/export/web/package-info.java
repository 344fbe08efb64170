/** REST: POST /api/sync/features/contact-export. */
package org.swab.mentorsync.export.web;
