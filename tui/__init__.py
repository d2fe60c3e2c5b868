"""The Textual study app for quizgen."""
