/** REST for setting the system up: POST /api/sync/initialize. */
package org.swab.mentorsync.setup.web;
