using Trackdown.Core.Model;

namespace Trackdown.Core.Validation;

/// <summary>
/// Finds dependency cycles with Tarjan's strongly connected components, iteratively so a 10,000-long chain cannot
/// overflow the stack. Each cycle is reported once, starting at its smallest id (ordinal), so output is deterministic.
/// </summary>
internal static class DependencyCycles
{
    public static IReadOnlyList<IReadOnlyList<string>> Find(IReadOnlyDictionary<string, TaskItem> items)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var cycles = new List<IReadOnlyList<string>>();
        var counter = 0;

        foreach (var root in items.Keys.OrderBy(k => k, StringComparer.Ordinal))
        {
            if (index.ContainsKey(root))
            {
                continue;
            }

            var work = new Stack<(string Node, int Next)>();
            work.Push((root, 0));
            index[root] = low[root] = counter++;
            stack.Push(root);
            onStack.Add(root);
            while (work.Count > 0)
            {
                var (node, next) = work.Pop();
                var edges = Edges(items, node);
                if (next < edges.Count)
                {
                    work.Push((node, next + 1));
                    var target = edges[next];
                    if (!index.ContainsKey(target))
                    {
                        index[target] = low[target] = counter++;
                        stack.Push(target);
                        onStack.Add(target);
                        work.Push((target, 0));
                    }
                    else if (onStack.Contains(target))
                    {
                        low[node] = Math.Min(low[node], index[target]);
                    }

                    continue;
                }

                if (work.Count > 0)
                {
                    var caller = work.Peek().Node;
                    low[caller] = Math.Min(low[caller], low[node]);
                }

                if (low[node] == index[node])
                {
                    var component = new List<string>();
                    string member;
                    do
                    {
                        member = stack.Pop();
                        onStack.Remove(member);
                        component.Add(member);
                    }
                    while (member != node);

                    if (component.Count > 1 || Edges(items, node).Contains(node))
                    {
                        cycles.Add(Order(items, component));
                    }
                }
            }
        }

        return cycles.OrderBy(c => c[0], StringComparer.Ordinal).ToList();
    }

    private static IReadOnlyList<string> Edges(IReadOnlyDictionary<string, TaskItem> items, string node)
    {
        var deps = items[node].DependsOn;
        var list = new List<string>(deps.Count);
        foreach (var dep in deps)
        {
            if (items.ContainsKey(dep))
            {
                list.Add(dep);
            }
        }

        return list;
    }

    /// <summary>The shortest cycle through the component's smallest id (breadth-first), as a readable path.</summary>
    private static IReadOnlyList<string> Order(IReadOnlyDictionary<string, TaskItem> items, List<string> component)
    {
        var members = new HashSet<string>(component, StringComparer.Ordinal);
        var start = component.OrderBy(c => c, StringComparer.Ordinal).First();
        var previous = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var next in Edges(items, node).Where(members.Contains).OrderBy(e => e, StringComparer.Ordinal))
            {
                if (next == start)
                {
                    var path = new List<string> { node };
                    while (path[path.Count - 1] != start)
                    {
                        path.Add(previous[path[path.Count - 1]]);
                    }

                    path.Reverse();
                    return path;
                }

                if (!previous.ContainsKey(next))
                {
                    previous[next] = node;
                    queue.Enqueue(next);
                }
            }
        }

        return component;
    }
}
