using System.Net;
using Ipmi.Lan;
using Ipmi.Lan.Users;
using Ipmi.Protocol;
using Ipmi.Protocol.Commands;
using IpmiLoad.Client;
using Microsoft.Extensions.DependencyInjection;

namespace IpmiSidecar.Bench;

/// <summary>
/// The LAN layer as the sidecar wires it (<see cref="ServiceCollectionExtensions.AddIpmiLan"/>, no logging
/// providers, the system clock), the demo account admin/ipmisidecar, and Get Device ID; datagrams go
/// straight to the <see cref="DatagramProcessor"/>, no socket.
/// </summary>
public sealed class InProcessLan : IDisposable
{
    public const string User = "admin", Password = "ipmisidecar";
    private static readonly IPEndPoint Console = new(IPAddress.Loopback, 40000);

    private readonly ServiceProvider _provider;
    private readonly byte[] _reply = new byte[DatagramProcessor.MaxDatagram];

    public InProcessLan()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IUserStore>(new InMemoryUserStore([UserAccount.Create(2, User, Password, PrivilegeLevel.Administrator)]));
        services.AddSingleton<ICommandSource>(new DeviceIdSource());
        services.AddIpmiLan(o =>
        {
            o.Port = 0;
            o.SystemGuid = new Guid("49504d49-5349-4445-4341-52504545521a");
            o.SessionIdleTimeout = TimeSpan.FromHours(1);
        });
        _provider = services.BuildServiceProvider();
        Processor = _provider.GetRequiredService<DatagramProcessor>();
    }

    public DatagramProcessor Processor { get; }

    /// <summary>The reply to the last datagram (empty when it was dropped).</summary>
    public ReadOnlySpan<byte> Reply => _reply.AsSpan(0, ReplyLength);
    public int ReplyLength { get; private set; }

    /// <summary>One datagram through the processor; every command here completes synchronously.</summary>
    public int Process(ReadOnlyMemory<byte> datagram)
    {
        var pending = Processor.ProcessAsync(datagram, _reply, Console, CancellationToken.None);
        ReplyLength = pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
        return ReplyLength;
    }

    /// <summary>Open Session and RAKP 1-4 for <paramref name="console"/>; false at the first step that fails.</summary>
    public bool Handshake(RmcpPlusConsole console, byte[] buffer) =>
        Process(buffer.AsMemory(0, console.WriteOpenSession(buffer))) > 0 && console.ReadOpenSession(Reply)
        && Process(buffer.AsMemory(0, console.WriteRakp1(buffer))) > 0 && console.ReadRakp2(Reply)
        && Process(buffer.AsMemory(0, console.WriteRakp3(buffer))) > 0 && console.ReadRakp4(Reply);

    /// <summary>A command inside the session, its response checked; false unless completion code 00h.</summary>
    public bool Command(RmcpPlusConsole console, byte[] buffer, NetFn netFn, byte command, ReadOnlySpan<byte> data)
    {
        Span<byte> plaintext = stackalloc byte[RmcpPlusConsole.MaxDatagram];
        return Process(buffer.AsMemory(0, console.WriteRequest(netFn, command, data, buffer))) > 0
            && console.TryReadResponse(Reply, plaintext, out var response)
            && response.CompletionCode == CompletionCode.Normal;
    }

    public void Dispose() => _provider.Dispose();
}
