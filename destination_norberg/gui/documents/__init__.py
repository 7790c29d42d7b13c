"""PDFs made with Qt: the package brochure and the daily bulletin."""
