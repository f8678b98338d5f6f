using System.Net;
using System.Net.NetworkInformation;
using Ipmi.Lan.LanConfig;
using Ipmi.Lan.Users;
using Ipmi.Protocol;
using Ipmi.Protocol.Commands;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ipmi.Lan.Tests.Support;

/// <summary>The LAN layer wired by <see cref="ServiceCollectionExtensions.AddIpmiLan"/> with test users, a stub command source and a settable clock.</summary>
public sealed class LanFixture : IDisposable
{
    public static readonly Guid SystemGuid = new("49504d49-5349-4445-4341-52504545521a");
    public static readonly IPEndPoint Console = new(IPAddress.Loopback, 40000);

    private readonly ServiceProvider _provider;

    public LanFixture(Action<LanOptions>? configure = null, IEnumerable<UserAccount>? users = null, ILoggerProvider? logs = null, IUserStore? store = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(b =>
        {
            b.SetMinimumLevel(LogLevel.Debug);
            if (logs is not null)
                b.AddProvider(logs);
        });
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(Users = store ?? new InMemoryUserStore(users ?? DefaultUsers()));
        services.AddSingleton<ICommandSource>(Stub);
        services.AddSingleton<INetworkFactsSource>(new FixedNetworkFacts(Network));
        services.AddIpmiLan(o =>
        {
            o.Port = 0;
            o.SystemGuid = SystemGuid;
            configure?.Invoke(o);
        });
        _provider = services.BuildServiceProvider();
    }

    /// <summary>The interface the LAN parameters report: 10.0.0.5/24, MAC 02:00:5E:10:00:05, gateway 10.0.0.1.</summary>
    public static readonly NetworkFacts Network = new(
        IPAddress.Parse("10.0.0.5"), IPAddress.Parse("255.255.255.0"), PhysicalAddress.Parse("02-00-5E-10-00-05"), IPAddress.Parse("10.0.0.1"));

    public ManualClock Clock { get; } = new();
    public GetDeviceIdStub Stub { get; } = new();
    public IUserStore Users { get; }

    public DatagramProcessor Processor => _provider.GetRequiredService<DatagramProcessor>();
    public Ipmi.Lan.Sessions.SessionTable Sessions => _provider.GetRequiredService<Ipmi.Lan.Sessions.SessionTable>();
    public UdpListener Listener => _provider.GetRequiredService<UdpListener>();

    public static IEnumerable<UserAccount> DefaultUsers() =>
    [
        UserAccount.Create(2, "admin", "secret", PrivilegeLevel.Administrator),
        UserAccount.Create(3, "operator", "opsecret", PrivilegeLevel.Operator),
        UserAccount.Create(4, "viewer", "viewsecret", PrivilegeLevel.User),
        UserAccount.Create(5, "off", "offsecret", PrivilegeLevel.Administrator, enabled: false),
    ];

    public void Dispose() => _provider.Dispose();
}

/// <summary>A clock the test moves by hand.</summary>
public sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}

/// <summary>Network facts that do not depend on the machine the tests run on.</summary>
public sealed class FixedNetworkFacts(NetworkFacts facts) : INetworkFactsSource
{
    public NetworkFacts Read() => facts;
}
