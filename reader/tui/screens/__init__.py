"""Modal screens of the app: help and the article-pair picker."""
