System.Console.WriteLine("Hello from a project that tracks its tasks.");
