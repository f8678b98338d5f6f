using System.Buffers;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ipmi.Lan;

/// <summary>
/// The UDP face of the LAN channel (RMCP, IPMI v2.0 §13.1): binds in <see cref="StartAsync"/> (a bind
/// failure stops the host with an exception naming the address and port), logs
/// <c>Listening on {address}:{port}</c>, then runs <see cref="LanOptions.ReceiveLoops"/> receive loops, each
/// with its own pooled buffers and reusable <see cref="SocketAddress"/>, handing datagrams to the
/// <see cref="DatagramProcessor"/>. Cancellation ends the loops normally.
/// </summary>
public sealed class UdpListener(DatagramProcessor processor, IOptions<LanOptions> options, ILogger<UdpListener> logger) : BackgroundService
{
    private readonly LanOptions _options = options.Value;
    private readonly TaskCompletionSource<IPEndPoint> _bound = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Socket? _socket;

    /// <summary>The endpoint actually bound (the ephemeral port when <see cref="LanOptions.Port"/> is 0).</summary>
    public Task<IPEndPoint> Bound => _bound.Task;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var address = IPAddress.Parse(_options.Address);
        var socket = new Socket(address.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        try
        {
            socket.Bind(new IPEndPoint(address, _options.Port));
        }
        catch (SocketException exception)
        {
            socket.Dispose();
            var error = new IOException($"Could not bind UDP {address}:{_options.Port}: {exception.Message} ({exception.SocketErrorCode}).", exception);
            _bound.TrySetException(error);
            throw error;
        }
        _socket = socket;
        var local = (IPEndPoint)socket.LocalEndPoint!;
        logger.Listening(local.Address, local.Port);
        _bound.TrySetResult(local);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var socket = _socket!;
        var local = (IPEndPoint)socket.LocalEndPoint!;
        try
        {
            var loops = Enumerable.Range(0, Math.Max(1, _options.ReceiveLoops))
                .Select(_ => Task.Run(() => ReceiveLoopAsync(socket, local, stoppingToken), CancellationToken.None));
            await Task.WhenAll(loops).ConfigureAwait(false);
        }
        finally
        {
            socket.Dispose();
            logger.Stopped(local);
        }
    }

    private async Task ReceiveLoopAsync(Socket socket, IPEndPoint local, CancellationToken stoppingToken)
    {
        var receive = ArrayPool<byte>.Shared.Rent(DatagramProcessor.MaxDatagram + 1);
        var reply = ArrayPool<byte>.Shared.Rent(DatagramProcessor.MaxDatagram);
        var address = new SocketAddress(socket.AddressFamily);
        var lastAddress = new SocketAddress(socket.AddressFamily);
        IPEndPoint? remote = null;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                int received;
                try
                {
                    received = await socket.ReceiveFromAsync(receive.AsMemory(0, DatagramProcessor.MaxDatagram + 1), SocketFlags.None, address, stoppingToken)
                        .ConfigureAwait(false);
                }
                catch (SocketException exception)
                {
                    logger.ReceiveFailed(local, exception);
                    continue;
                }
                // Creating an IPEndPoint allocates: reuse it while the same console keeps talking.
                if (remote is null || !address.Equals(lastAddress))
                {
                    remote = (IPEndPoint)local.Create(address);
                    address.Buffer.CopyTo(lastAddress.Buffer);
                    lastAddress.Size = address.Size;
                }
                int length;
                try
                {
                    length = await processor.ProcessAsync(receive.AsMemory(0, received), reply, remote, stoppingToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.ProcessingFailed(remote, exception);
                    continue;
                }
                if (length == 0)
                    continue;
                try
                {
                    await socket.SendToAsync(reply.AsMemory(0, length), SocketFlags.None, address, stoppingToken).ConfigureAwait(false);
                }
                catch (SocketException exception)
                {
                    logger.ReceiveFailed(local, exception);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown: a normal exit.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(receive);
            ArrayPool<byte>.Shared.Return(reply);
        }
    }

    public override void Dispose()
    {
        _socket?.Dispose();
        base.Dispose();
    }
}
