<?php
/**
 * Plugin Name: modsvc comments
 * Description: Replaces the comments of posts with modsvc's comment section (captcha, moderation and anti-spam for Indonesian news portals). Readers without JavaScript and search engines get the approved comments as HTML, fetched from modsvc and cached for a minute.
 * Version: 0.1.0
 * Requires PHP: 7.4
 *
 * Define in wp-config.php
 *
 *     define( 'MODSVC_URL', 'https://komentar.example.go.id' );  // your modsvc, no trailing slash
 *
 * and add this site's origin to MODSVC_CORS_ORIGINS on the modsvc side. Posts are articles
 * `wp-<post id>` (filter `modsvc_article_id` to change that). See docs/EMBED.md in modsvc.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const MODSVC_COMMENTS_CACHE_SECONDS = 60;

/** The modsvc base URL, or '' when it is not configured. */
function modsvc_comments_base() {
	return defined( 'MODSVC_URL' ) ? rtrim( (string) MODSVC_URL, '/' ) : '';
}

/** The article id modsvc files a post's comments under. */
function modsvc_comments_article_id( $post ) {
	return (string) apply_filters( 'modsvc_article_id', 'wp-' . $post->ID, $post );
}

/** The site's language as the comment section speaks it: id (default) or en. */
function modsvc_comments_lang() {
	return 0 === strpos( get_locale(), 'en' ) ? 'en' : 'id';
}

/**
 * The approved comments as modsvc renders them (HTML), cached in a transient for a minute and
 * then revalidated with the ETag; on an error the last good copy, else ''.
 */
function modsvc_comments_fragment( $base, $article ) {
	$key    = 'modsvc_comments_' . md5( $base . '|' . $article . '|' . modsvc_comments_lang() );
	$cached = get_transient( $key );
	if ( is_array( $cached ) && $cached['until'] > time() ) {
		return $cached['html'];
	}
	$headers = array( 'Accept-Language' => modsvc_comments_lang() );
	if ( is_array( $cached ) && '' !== $cached['etag'] ) {
		$headers['If-None-Match'] = $cached['etag'];
	}
	$response = wp_remote_get(
		$base . '/embed/articles/' . rawurlencode( $article ) . '/comments',
		array( 'timeout' => 3, 'headers' => $headers )
	);
	$stale = is_array( $cached ) ? $cached['html'] : '';
	if ( is_wp_error( $response ) ) {
		return $stale;
	}
	$code = (int) wp_remote_retrieve_response_code( $response );
	if ( 304 === $code && is_array( $cached ) ) {
		$html = $cached['html'];
		$etag = $cached['etag'];
	} elseif ( 200 === $code ) {
		$html = (string) wp_remote_retrieve_body( $response );
		$etag = (string) wp_remote_retrieve_header( $response, 'etag' );
	} else {
		return $stale;
	}
	set_transient(
		$key,
		array( 'html' => $html, 'etag' => $etag, 'until' => time() + MODSVC_COMMENTS_CACHE_SECONDS ),
		DAY_IN_SECONDS
	);
	return $html;
}

/** Only the markup modsvc's fragment uses (it is escaped there already: belt and braces). */
function modsvc_comments_kses( $html ) {
	$common = array( 'class' => true, 'id' => true );
	return wp_kses(
		$html,
		array(
			'section' => $common + array( 'lang' => true, 'aria-labelledby' => true ),
			'h2'      => $common,
			'ol'      => $common,
			'li'      => $common,
			'article' => $common,
			'p'       => $common,
			'bdi'     => $common,
			'time'    => $common + array( 'datetime' => true ),
			'br'      => array(),
		)
	);
}

/** The comment section: the snippet, holding the comments as HTML and a link for readers without JavaScript. */
function modsvc_comments_section( $post ) {
	$base = modsvc_comments_base();
	if ( '' === $base || ! $post ) {
		return '';
	}
	$article = modsvc_comments_article_id( $post );
	$label   = 'en' === modsvc_comments_lang() ? 'Read and write comments' : 'Baca dan tulis komentar';
	return sprintf(
		'<div id="comments" class="modsvc-comments-area" data-modsvc-article="%1$s" data-title="%2$s" data-url="%3$s" data-lang="%4$s">%5$s<p><a href="%6$s">%7$s</a></p></div>',
		esc_attr( $article ),
		esc_attr( wp_strip_all_tags( get_the_title( $post ) ) ),
		esc_url( get_permalink( $post ) ),
		esc_attr( modsvc_comments_lang() ),
		modsvc_comments_kses( modsvc_comments_fragment( $base, $article ) ),
		esc_url( $base . '/embed/articles/' . rawurlencode( $article ) ),
		esc_html( $label )
	);
}

/** Loads embed.js (async, in the footer) on posts that show comments. */
function modsvc_comments_script() {
	if ( '' !== modsvc_comments_base() && is_singular() && post_type_supports( get_post_type(), 'comments' ) ) {
		wp_enqueue_script( 'modsvc-embed', modsvc_comments_base() . '/embed.js', array(), null, true );
	}
}
add_action( 'wp_enqueue_scripts', 'modsvc_comments_script' );

function modsvc_comments_async( $tag, $handle ) {
	return 'modsvc-embed' === $handle ? str_replace( ' src=', ' async src=', $tag ) : $tag;
}
add_filter( 'script_loader_tag', 'modsvc_comments_async', 10, 2 );

/** Classic themes: comments_template() includes ours. */
function modsvc_comments_template( $file ) {
	return '' === modsvc_comments_base() ? $file : __DIR__ . '/template.php';
}
add_filter( 'comments_template', 'modsvc_comments_template' );

/** Block themes: the Comments block (and the legacy Post Comments block) render ours. */
function modsvc_comments_block( $content, $block ) {
	if ( '' === modsvc_comments_base() || ! in_array( $block['blockName'], array( 'core/comments', 'core/post-comments' ), true ) ) {
		return $content;
	}
	return modsvc_comments_section( get_post() );
}
add_filter( 'render_block', 'modsvc_comments_block', 10, 2 );
