/** Text campaigns over REST: the SMS export, the campaign history and a past campaign's file. */
package org.swab.mentorsync.communication.web;
