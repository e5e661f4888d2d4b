package safefile

func platformTransient(err error) bool { return windowsTransient(err) }
