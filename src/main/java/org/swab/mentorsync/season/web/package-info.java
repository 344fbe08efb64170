/** REST for seasons: POST /api/sync/new-season (typed confirmation) and GET /api/seasons. */
package org.swab.mentorsync.season.web;
