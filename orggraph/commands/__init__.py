"""The commands of ``orggraph``, one module per area; :data:`orggraph.cli.COMMANDS`
names each command's module, which is imported only when the command runs."""
