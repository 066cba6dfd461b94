using Trackdown;

// Code names the tasks it implements; the compiler checks the ids exist (TaskIds) and the analyzer checks TaskRef.
Console.WriteLine($"{TaskIds.Issue001}: {TaskCatalog.Get(TaskIds.Issue001).Title}");

[TaskRef(TaskIds.Task002)]
internal static class CredentialCheck
{
}
