using I2cBridge.Queue;

namespace I2cBridge.Ssif;

/// <summary>The SMBus parts of one SSIF exchange, each a transaction in the bus queue.</summary>
public sealed partial class SsifClient
{
    /// <summary>A response is at most 255 bytes; 30 + 8 × 31 covers it, so more parts than this is a broken BMC.</summary>
    private const int MaxReadParts = 10;

    private readonly record struct Part(int Address, byte Command, bool Pec, ReadOnlyMemory<byte> Data);

    private async ValueTask WriteRequestAsync(byte[] request, CancellationToken cancellationToken)
    {
        if (request.Length <= I2cBus.SmbusBlockMax)
        {
            await WriteAsync(SsifCommand.SingleWrite, request, cancellationToken).ConfigureAwait(false);
            return;
        }

        var rest = request.AsMemory();
        await WriteAsync(SsifCommand.MultiWriteStart, rest[..I2cBus.SmbusBlockMax], cancellationToken).ConfigureAwait(false);
        rest = rest[I2cBus.SmbusBlockMax..];
        while (rest.Length > I2cBus.SmbusBlockMax)
        {
            await WriteAsync(SsifCommand.MultiWriteMiddle, rest[..I2cBus.SmbusBlockMax], cancellationToken).ConfigureAwait(false);
            rest = rest[I2cBus.SmbusBlockMax..];
        }
        await WriteAsync(SsifCommand.MultiWriteEnd, rest, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<byte[]> ReadResponseAsync(CancellationToken cancellationToken)
    {
        var first = await PollFirstBlockAsync(cancellationToken).ConfigureAwait(false);
        if (first.Length < 2 || first[0] != SsifCommand.MultiReadStartMarker0 || first[1] != SsifCommand.MultiReadStartMarker1)
            return first;

        var response = new List<byte>(first.AsSpan(2).ToArray());
        for (var expected = 0; expected < MaxReadParts; expected++)
        {
            var block = await ReadAsync(SsifCommand.MultiReadMiddle, cancellationToken).ConfigureAwait(false);
            if (block.Length == 0)
                throw I2cException.Create(I2cFailure.BusError, _queue.BusId, DeviceAddress, "empty SSIF multi-part block");
            response.AddRange(block.AsSpan(1));
            if (block[0] == SsifCommand.MultiReadEndBlock)
                return [.. response];
            if (block[0] != expected)
                throw I2cException.Create(I2cFailure.BusError, _queue.BusId, DeviceAddress,
                    $"SSIF block {block[0]} out of sequence, expected {expected}");
        }
        throw I2cException.Create(I2cFailure.BusError, _queue.BusId, DeviceAddress, $"SSIF response longer than {MaxReadParts} parts");
    }

    /// <summary>Reads the first response block, polling while the BMC NACKs because its answer is not ready yet.</summary>
    private async ValueTask<byte[]> PollFirstBlockAsync(CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        while (true)
        {
            try
            {
                return await ReadAsync(SsifCommand.SingleRead, cancellationToken).ConfigureAwait(false);
            }
            catch (I2cException e) when (e.Failure == I2cFailure.Nack)
            {
                if (_time.GetElapsedTime(started) + _options.PollInterval > _options.ResponseTimeout)
                    throw I2cException.Create(I2cFailure.Timeout, _queue.BusId, DeviceAddress,
                        $"no SSIF response within {_options.ResponseTimeout.TotalMilliseconds} ms");
            }
            await Task.Delay(_options.PollInterval, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask WriteAsync(byte command, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
        => await _queue.ExecuteAsync(
            static (bus, p) =>
            {
                bus.SmbusWriteBlockData(p.Address, p.Command, p.Data.Span, p.Pec);
                return true;
            },
            new Part(DeviceAddress, command, PecInUse, data), new I2cTransactionOptions(_options.TransactionTimeout), cancellationToken).ConfigureAwait(false);

    /// <summary>One block read; not idempotent, since the BMC moves on once a block is read.</summary>
    private ValueTask<byte[]> ReadAsync(byte command, CancellationToken cancellationToken)
        => _queue.ExecuteAsync(
            static (bus, p) =>
            {
                Span<byte> block = stackalloc byte[I2cBus.SmbusBlockMax];
                var n = bus.SmbusReadBlockData(p.Address, p.Command, block, p.Pec);
                return block[..n].ToArray();
            },
            new Part(DeviceAddress, command, PecInUse, default), new I2cTransactionOptions(_options.TransactionTimeout), cancellationToken);
}
