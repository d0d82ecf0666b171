<?php
/**
 * Plugin Name: Akismet via modsvc
 * Description: Sends the Akismet plugin's requests (comment-check, submit-spam, submit-ham, verify-key) to modsvc's Akismet-compatible API instead of rest.akismet.com.
 * Version: 0.1.0
 * Requires PHP: 7.4
 *
 * A must-use plugin: copy it to wp-content/mu-plugins/ and define in wp-config.php
 *
 *     define( 'MODSVC_URL', 'https://komentar.example.go.id' );  // your modsvc, no trailing slash
 *     define( 'WPCOM_API_KEY', 'msv_...' );  // `modsvc tokens create NAME --scope akismet`
 *
 * The Akismet plugin keeps working as it does (spam folder, "Spam"/"Not spam" links that
 * report back, the comment history); only the host it talks to changes. See
 * docs/EMBED.md in modsvc.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Reroutes a request for rest.akismet.com to modsvc: same path, body and headers, without the
 * Host header the Akismet plugin pins to rest.akismet.com.
 *
 * @param false|array|WP_Error $pre  A response another filter made, or false.
 * @param array                $args The request's arguments.
 * @param string               $url  Where the request was going.
 * @return false|array|WP_Error
 */
function modsvc_akismet_reroute( $pre, $args, $url ) {
	if ( false !== $pre || ! defined( 'MODSVC_URL' ) || '' === MODSVC_URL ) {
		return $pre;
	}
	if ( ! preg_match( '#^https?://(?:[^/]+\.)?rest\.akismet\.com(/.*)$#', $url, $parts ) ) {
		return $pre;
	}
	if ( isset( $args['headers']['Host'] ) ) {
		unset( $args['headers']['Host'] );
	}
	return wp_remote_request( rtrim( MODSVC_URL, '/' ) . $parts[1], $args );
}
add_filter( 'pre_http_request', 'modsvc_akismet_reroute', 10, 3 );
