"""News pages written for the web tests (our own text): two outlets reporting one event, the
furniture real pages carry (navigation, cookie banner, byline, captions, related links,
readers' comments, footer), a page whose text is loaded by JavaScript, and a Latin-1 page
that declares its charset only in <meta>."""

from __future__ import annotations

STORY_SENTENCES = (
    "Dock workers at the port of Valmora ended a nine-day strike on Sunday after union leaders accepted a new pay offer.",
    "The agreement raises wages by 6 percent this year and another 4 percent next year, according to a statement from the port authority.",
    "Union leader Marta Ilves said the deal was the best the workers could get without hurting the town.",
    "Cargo ships that had waited outside the harbour for a week began to unload on Sunday evening.",
)

GAZETTE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Valmora dock strike ends after pay deal | The Harbour Gazette</title>
<meta property="og:site_name" content="The Harbour Gazette">
<meta property="og:title" content="Valmora dock strike ends after pay deal">
<meta name="author" content="Lena Korhonen">
<meta property="article:published_time" content="2024-03-10T18:30:00Z">
<link rel="canonical" href="https://harbourgazette.example/news/valmora-strike-ends">
<script>window.dataLayer = window.dataLayer || []; function track(){}</script>
<style>.cookie{position:fixed} nav a{margin:0 1em}</style>
</head>
<body>
<div class="cookie-banner" id="cookie-consent">
  <p>We use cookies to improve your experience and to show you personalised advertising.
  By clicking Accept you agree to our use of cookies.</p>
  <button>Accept all cookies</button> <button>Manage preferences</button>
</div>
<header>
  <a class="logo" href="/">The Harbour Gazette</a>
  <nav><ul><li><a href="/news">News</a></li><li><a href="/business">Business</a></li>
  <li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/weather">Weather</a></li></ul></nav>
  <form class="search"><input name="q" placeholder="Search the Gazette"></form>
</header>
<main>
<article>
  <h1>Valmora dock strike ends after pay deal</h1>
  <p class="byline">By <a rel="author" href="/staff/lena">Lena Korhonen</a>, Business reporter</p>
  <time datetime="2024-03-10T18:30:00Z">10 March 2024</time>
  <figure>
    <img src="/img/cranes.jpg" alt="Cranes at the port">
    <figcaption>Idle cranes at the Valmora container terminal on Friday. Photo: Anna Berg / Gazette</figcaption>
  </figure>
  <p>Dock workers at the port of Valmora ended a nine-day strike on Sunday after union leaders accepted a new pay offer.</p>
  <p>The agreement raises wages by 6 percent this year and another 4 percent next year, according to a statement from the port authority.
  Night shifts will also be paid at a higher rate from April.</p>
  <p>"This was never only about money," union leader Marta Ilves told reporters outside the harbour office.
  Union leader Marta Ilves said the deal was the best the workers could get without hurting the town.</p>
  <aside class="related"><h3>Related stories</h3><ul>
    <li><a href="/news/ferry-prices">Ferry prices rise for the third time this year</a></li>
    <li><a href="/news/harbour-dredging">Harbour dredging plan approved by council</a></li>
  </ul></aside>
  <p>Port director Jonas Wikstrom said the strike had cost the port about 2 million euros a day and that shipping lines had threatened to move their routes elsewhere.</p>
  <p>Cargo ships that had waited outside the harbour for a week began to unload on Sunday evening.
  Fishermen, who were not part of the dispute, said they were relieved that the quays would be open again.</p>
  <div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
</article>
<section class="comments" id="comments">
  <h2>Comments (3)</h2>
  <div class="comment"><p class="comment-author">harbourfan72</p><p>About time! My parcel has been stuck on a ship for two weeks and nobody could tell me anything.</p></div>
  <div class="comment"><p class="comment-author">Pekka</p><p>The workers deserved every cent of this raise, the port makes millions every year.</p></div>
  <div class="comment"><p class="comment-author">anon</p><p>Prices in the shops will go up again, you will see.</p></div>
</section>
</main>
<aside class="most-read"><h3>Most read</h3><ol><li><a href="/1">Storm warning for the weekend</a></li><li><a href="/2">New bus timetable</a></li></ol></aside>
<footer><p>&copy; 2024 The Harbour Gazette. All rights reserved.</p>
<a href="/privacy">Privacy policy</a> <a href="/terms">Terms of use</a> <a href="/contact">Contact us</a></footer>
</body>
</html>
"""

COASTAL = """<!doctype html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Port of Valmora reopens as workers accept wage offer - Coastal Daily News</title>
<meta property="og:site_name" content="Coastal Daily News">
<meta name="description" content="The strike at Valmora is over.">
</head>
<body>
<div id="gdpr"><p>This site uses cookies. Continue browsing to accept.</p><a href="#">OK</a></div>
<div class="topbar"><a href="/">Home</a> | <a href="/local">Local</a> | <a href="/economy">Economy</a> | <a href="/subscribe">Subscribe</a></div>
<div class="content">
 <div class="story">
  <h1 class="headline">Port of Valmora reopens as workers accept wage offer</h1>
  <div class="meta">Published 10 March 2024 &middot; <span class="author">By Tomas Reed</span></div>
  <div class="story-body">
   <p>Dock workers at the port of Valmora ended a nine-day strike on Sunday after union leaders accepted a new pay offer.</p>
   <div class="image"><img src="/i/ship.jpg"><p class="caption">A cargo ship waits outside Valmora harbour. (Photo: Reuters)</p></div>
   <p>Under the deal, wages rise by 6 percent this year and another 4 percent next year, the port authority said in a statement.</p>
   <p>Marta Ilves, who leads the dock workers' union, said the agreement was the best the workers could get without hurting the town.
   She thanked residents for their patience during the dispute.</p>
   <p>The stoppage had left more than twenty cargo ships anchored off the coast.
   Cargo ships that had waited outside the harbour for a week began to unload on Sunday evening.</p>
   <p>Local shop owners told Coastal Daily News that deliveries of fresh food had been delayed for days during the strike.</p>
  </div>
  <div class="tags">Tags: <a href="/t/strike">strike</a>, <a href="/t/port">port</a>, <a href="/t/valmora">Valmora</a></div>
  <div class="read-more"><h4>Read more</h4><a href="/a">Valmora council votes on harbour budget</a><a href="/b">Union membership rises in the region</a></div>
 </div>
 <div id="disqus_thread"><h3>Join the discussion</h3>
  <div class="post"><b>seagull</b>: Good news for everyone in town, finally the trucks can move again.</div>
 </div>
</div>
<div class="footer">Coastal Daily News &copy; 2024 | <a href="/about">About</a> | <a href="/ads">Advertise with us</a></div>
</body>
</html>
"""

JS_ONLY = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Loading... | News App</title>
<script src="/static/js/main.4f1c2a.js" defer></script></head>
<body><noscript>You need to enable JavaScript to run this app.</noscript>
<div id="root"></div>
<script>window.__INITIAL_STATE__ = {"route": "/news/valmora", "user": null};</script>
</body></html>
"""

# Encoded as Latin-1 by the server; the charset is declared only here, never in an HTTP header.
LATIN1 = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Fête du port à Valmora</title>
</head>
<body>
<div class="menu"><a href="/">Accueil</a> <a href="/régions">Régions</a></div>
<div class="article">
<h1>Fête du port à Valmora</h1>
<p>Après neuf jours de grève, les dockers de Valmora ont repris le travail dimanche soir et la mairie a annoncé une fête sur les quais.</p>
<p>« Nous sommes soulagés », a déclaré Agnès Müller, propriétaire d'un café près du môle, où les clients étaient rares pendant la grève.</p>
<p>Le maire, José Núñez, a précisé que la fête aurait lieu samedi prochain, avec un concert et un marché de poissons frais.</p>
</div>
<div class="footer">© Journal côtier</div>
</body>
</html>
"""

PLAIN_TEXT = (
    "Valmora dock strike ends\n\n"
    "Dock workers at the port of Valmora ended a nine-day strike on Sunday after union leaders accepted a new pay offer.\n\n"
    "Cargo ships that had waited outside the harbour for a week began to unload on Sunday evening.\n"
)
