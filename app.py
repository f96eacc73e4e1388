"""Entry point: ``python app.py`` serves the dashboard; gunicorn uses ``app:server``."""

from dashboard.app_factory import create_app, main

app = create_app()
server = app.server

if __name__ == "__main__":
    main()
