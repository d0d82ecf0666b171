<?php
/**
 * The comments template of classic themes while modsvc comments is active.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

echo modsvc_comments_section( get_post() ); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped and filtered in modsvc_comments_section().
