using Microsoft.Extensions.Logging.Abstractions;
using Oem.Node;
using Oem.Platform;

namespace Oem.Tests.Support;

/// <summary>The demo profile built into a node on manual time, as the executable would build it.</summary>
public static class DemoNode
{
    public static string ProfilePath(string name = ProfileLoader.DemoProfileFileName) =>
        Path.Combine(AppContext.BaseDirectory, "fixtures", "platforms", name);

    public static PlatformProfile Profile() => ProfileLoader.Load(ProfilePath());

    /// <summary>
    /// Bus deadlines are stretched to a minute: manual time can run ahead of the queue's worker thread on a busy
    /// machine, and a transaction that merely waited would then expire as a timeout the test is not about.
    /// </summary>
    public static ManagedNode Create(ManualTimeProvider time, PlatformProfile? profile = null)
    {
        profile ??= Profile();
        profile = profile with { Buses = profile.Buses.Select(b => b with { TimeoutMs = 60_000 }).ToArray() };
        return new NodeFactory(time, NullLoggerFactory.Instance).Create(profile);
    }

    public static int IndexOf(this ISensorSource sensors, string name) => sensors.Sensors.Single(s => s.Name == name).Index;

    public static double? Value(this ISensorSource sensors, string name) => sensors.GetReading(sensors.IndexOf(name)).Value;
}
