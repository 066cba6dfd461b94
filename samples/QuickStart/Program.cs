// The QuickStart app itself is ordinary code: Trackdown.Build works in the build, beside it.
Console.WriteLine("QuickStart built; see llms.txt, docs/llms-full.txt and TASKTRACK.md for what the build generated.");
