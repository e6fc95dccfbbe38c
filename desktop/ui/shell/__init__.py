"""The windows around the desk: login (the first window), connection settings, and the main window, which opens
the backend's worker, holds the sections of the actor's roles and opens the record dialogs they ask for."""
