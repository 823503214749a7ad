"""Running the pipeline: one document through every stage, the command line, batches,
incremental runs and worker processes."""
