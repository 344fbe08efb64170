/** The error log's REST API for scripts: /api/errors (JSON, snake_case). */
package org.swab.mentorsync.conflict.web;
