"""The intake interview: a stepped form that saves every answer as it is confirmed."""
