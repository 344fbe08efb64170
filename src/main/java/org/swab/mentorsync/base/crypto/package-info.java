/** Secrets at rest: AES-GCM encryption of stored API keys under one master key. */
package org.swab.mentorsync.base.crypto;
