"""The extractor's rules, one module per step; ``dashboard.ingest.extract`` runs them."""
