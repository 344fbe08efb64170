/** System settings: API configuration, automated sync, initialization. */
package org.swab.mentorsync.settings;
