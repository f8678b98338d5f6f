using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using Ipmi.Protocol;

namespace IpmiLoad.Client;

/// <summary>
/// One remote console on its own connected UDP socket, one request in flight: the login sequence ipmitool
/// and FreeIPMI run (Get Channel Authentication Capabilities, Open Session, RAKP 1-4, Set Session
/// Privilege Level), commands inside the session, and Close Session. A lost reply counts as a timeout and
/// fails the step; a late reply to an earlier request is skipped.
/// </summary>
public sealed class UdpConsole : IDisposable
{
    private const byte GetDeviceIdCommand = 0x01, SetSessionPrivilegeLevel = 0x3B, CloseSessionCommand = 0x3C;
    /// <summary>Stale replies skipped while waiting for the one that answers the last request.</summary>
    private const int MaxStaleReplies = 4;

    private readonly Socket _socket;
    private readonly RmcpPlusConsole _console;
    private readonly byte[] _send = new byte[RmcpPlusConsole.MaxDatagram];
    private readonly byte[] _receive = new byte[RmcpPlusConsole.MaxDatagram];
    private readonly byte[] _plaintext = new byte[RmcpPlusConsole.MaxDatagram];

    /// <param name="localAddress">The source address to send from (e.g. 127.0.0.2, to act as a second host); null = the system's choice.</param>
    public UdpConsole(IPEndPoint server, RmcpPlusConsole console, TimeSpan timeout, IPAddress? localAddress = null)
    {
        _console = console;
        _socket = new Socket(server.AddressFamily, SocketType.Dgram, ProtocolType.Udp) { ReceiveTimeout = (int)timeout.TotalMilliseconds };
        if (localAddress is not null)
            _socket.Bind(new IPEndPoint(localAddress, 0));
        _socket.Connect(server);
    }

    /// <summary>Replies that did not come: the timeout passed, or ICMP said nobody listens on the port.</summary>
    public long Timeouts { get; private set; }

    public bool Established => _console.Established;

    /// <summary>A complete login at the console's privilege level.</summary>
    public bool TryLogin()
    {
        var ok = Step(_console.WriteGetChannelAuthenticationCapabilities(_send), _console.ReadGetChannelAuthenticationCapabilities)
            && Step(_console.WriteOpenSession(_send), _console.ReadOpenSession)
            && Step(_console.WriteRakp1(_send), _console.ReadRakp2)
            && Step(_console.WriteRakp3(_send), _console.ReadRakp4);
        Span<byte> privilege = [(byte)_console.Privilege];
        ok = ok && TryCommand(NetFn.App, SetSessionPrivilegeLevel, privilege, out var granted) && granted == (byte)_console.Privilege;
        if (!ok)
            Drain();
        return ok;
    }

    /// <summary>
    /// What a password guesser does: Open Session, RAKP 1, and a RAKP 3 computed from the console's (wrong)
    /// password although RAKP 2 did not verify. True when the guess got as far as RAKP 3 and was answered (with the
    /// RAKP 4 that rejects it); false when the server refused or did not answer an earlier step.
    /// </summary>
    public bool TryGuessPassword()
    {
        var answered = Step(_console.WriteOpenSession(_send), _console.ReadOpenSession)
            && Step(_console.WriteRakp1(_send), reply => _console.ReadRakp2(reply) || SessionlessStatus(reply) == 0)
            && Step(_console.WriteRakp3(_send), reply => reply.Length > 0);
        Drain();
        return answered;
    }

    /// <summary>The RMCP+ status code of a sessionless reply (second payload byte, §13.18-13.23), or -1 when too short.</summary>
    private static int SessionlessStatus(ReadOnlySpan<byte> reply) =>
        reply.Length > RmcpPlusConsole.V20PayloadOffset + 1 ? reply[RmcpPlusConsole.V20PayloadOffset + 1] : -1;

    /// <summary>Get Device ID (§20.1) with completion code 00h.</summary>
    public bool TryGetDeviceId() => TryCommand(NetFn.App, GetDeviceIdCommand, [], out _);

    /// <summary>Close Session (§22.19) for our own session.</summary>
    public bool TryClose()
    {
        Span<byte> id = stackalloc byte[sizeof(uint)];
        BinaryPrimitives.WriteUInt32LittleEndian(id, _console.ManagedSessionId);
        var ok = TryCommand(NetFn.App, CloseSessionCommand, id, out _);
        _console.Dispose();
        return ok;
    }

    /// <summary>Sends a request in the session and waits for its response; <paramref name="firstData"/> is the first response data byte, if any.</summary>
    public bool TryCommand(NetFn netFn, byte command, ReadOnlySpan<byte> data, out byte firstData)
    {
        firstData = 0;
        Send(_console.WriteRequest(netFn, command, data, _send));
        for (var i = 0; i < MaxStaleReplies; i++)
        {
            var n = Receive();
            if (n == 0)
                return false;
            if (!_console.TryReadResponse(_receive.AsSpan(0, n), _plaintext, out var response))
                continue;
            firstData = response.Data.IsEmpty ? (byte)0 : response.Data[0];
            return response.CompletionCode == CompletionCode.Normal;
        }
        return false;
    }

    public void Dispose()
    {
        _socket.Dispose();
        _console.Dispose();
    }

    private delegate bool ReplyReader(ReadOnlySpan<byte> reply);

    /// <summary>Sends the datagram already written into the send buffer and lets <paramref name="read"/> judge the reply.</summary>
    private bool Step(int length, ReplyReader read)
    {
        Send(length);
        var n = Receive();
        return n > 0 && read(_receive.AsSpan(0, n));
    }

    private void Send(int length) => _socket.Send(_send.AsSpan(0, length));

    /// <summary>The reply's length, or 0 when none came.</summary>
    private int Receive()
    {
        try
        {
            return _socket.Receive(_receive);
        }
        catch (SocketException e) when (e.SocketErrorCode is SocketError.TimedOut or SocketError.WouldBlock or SocketError.ConnectionRefused)
        {
            Timeouts++;
            return 0;
        }
    }

    /// <summary>After a failed step: forget replies still queued, so the next step does not read them.</summary>
    private void Drain()
    {
        while (_socket.Available > 0)
            _socket.Receive(_receive);
    }
}
