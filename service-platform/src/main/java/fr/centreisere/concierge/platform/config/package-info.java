/**
 * The settings every part shares: defaults written once ({@code config/concierge-defaults.yml}), the renamed
 * environment variables still read for one version, durations accepted where a library wants milliseconds
 * (docs/CONFIGURATION.md).
 */
@NullMarked
package fr.centreisere.concierge.platform.config;

import org.jspecify.annotations.NullMarked;
