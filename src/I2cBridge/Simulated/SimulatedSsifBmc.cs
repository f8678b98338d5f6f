using I2cBridge.Ssif;

namespace I2cBridge.Simulated;

/// <summary>
/// A BMC's SSIF target (IPMI v2.0 §12) on the simulated bus: takes single- and multi-part block writes, answers
/// through <see cref="SimulatedBmcResponder"/>, NACKs reads until its response is ready (<see cref="BusyPolls"/>
/// reads after each request), and sends long responses as a multi-part read. Verifies PEC on writes that carry it
/// and always appends PEC to reads (a master that does not use PEC simply does not clock it).
/// </summary>
public sealed class SimulatedSsifBmc(SimulatedBmcResponder? responder = null) : SimulatedI2cDevice, ISmbusBlockSource
{
    private const int FirstPartData = I2cBus.SmbusBlockMax - 2;
    private const int MiddlePartData = I2cBus.SmbusBlockMax - 1;

    private readonly List<byte> _request = [];
    private byte[]? _response;
    private int _position;
    private int _blockNumber;
    private byte _readCommand;
    private int _busyLeft;

    public SimulatedBmcResponder Responder { get; } = responder ?? new SimulatedBmcResponder();

    /// <summary>Reads NACKed after each request while the "BMC" works on it.</summary>
    public int BusyPolls { get; set; }

    /// <summary>Block writes dropped because their PEC was wrong.</summary>
    public int BadPecWrites { get; private set; }

    /// <summary>The last whole request received: NetFn/LUN, command, data.</summary>
    public byte[] LastRequest { get; private set; } = [];

    public override bool AcknowledgesAddress(bool read)
    {
        if (!read)
            return true;
        if (_response is null)
            return false;
        if (_busyLeft > 0)
        {
            _busyLeft--;
            return false;
        }
        return true;
    }

    public override void Write(ReadOnlySpan<byte> data)
    {
        if (data.Length == 1)
        {
            _readCommand = data[0]; // command byte of a block read, before the repeated START
            return;
        }
        if (data.Length < 2 || data.Length < 2 + data[1])
            return;
        var count = data[1];
        var payload = data.Slice(2, count);
        if (data.Length > 2 + count && SmbusPec.ForWrite(Address, data[..(2 + count)]) != data[2 + count])
        {
            BadPecWrites++;
            return;
        }

        switch (data[0])
        {
            case SsifCommand.SingleWrite:
                _request.Clear();
                _request.AddRange(payload);
                Process();
                break;
            case SsifCommand.MultiWriteStart:
                _request.Clear();
                _request.AddRange(payload);
                break;
            case SsifCommand.MultiWriteMiddle:
                _request.AddRange(payload);
                break;
            case SsifCommand.MultiWriteEnd:
                _request.AddRange(payload);
                Process();
                break;
        }
    }

    public int PeekBlockCount(byte command) => NextBlock(command, commit: false, []);

    public override void Read(Span<byte> data)
    {
        Span<byte> block = stackalloc byte[1 + I2cBus.SmbusBlockMax + 1];
        var count = NextBlock(_readCommand, commit: true, block[1..]);
        block[0] = (byte)count;
        block[1 + count] = SmbusPec.ForWriteRead(Address, [_readCommand], block[..(1 + count)]);
        data.Fill(0xFF);
        var n = Math.Min(data.Length, count + 2);
        block[..n].CopyTo(data);
    }

    public override void Reset()
    {
        _request.Clear();
        _response = null;
        _busyLeft = 0;
    }

    private void Process()
    {
        LastRequest = [.. _request];
        if (LastRequest.Length < 2)
            return;
        Span<byte> answer = stackalloc byte[256];
        var n = Responder.Respond((byte)(LastRequest[0] >> 2), LastRequest[1], LastRequest.AsSpan(2), answer);
        _response = new byte[2 + n];
        _response[0] = (byte)(LastRequest[0] | 0x04);
        _response[1] = LastRequest[1];
        answer[..n].CopyTo(_response.AsSpan(2));
        _position = 0;
        _blockNumber = 0;
        _busyLeft = BusyPolls;
    }

    /// <summary>The next block for <paramref name="command"/> (IPMI v2.0 §12.12); returns its count, moving on only when <paramref name="commit"/>.</summary>
    private int NextBlock(byte command, bool commit, Span<byte> block)
    {
        if (_response is null)
            return 0;
        int count;
        var done = false;
        if (command == SsifCommand.SingleRead)
        {
            if (_response.Length <= I2cBus.SmbusBlockMax)
            {
                count = Copy(block, [], _response);
                done = true;
            }
            else
            {
                count = Copy(block, [SsifCommand.MultiReadStartMarker0, SsifCommand.MultiReadStartMarker1], _response.AsSpan(0, FirstPartData));
                if (commit)
                    (_position, _blockNumber) = (FirstPartData, 0);
            }
        }
        else if (command == SsifCommand.MultiReadMiddle && _position > 0)
        {
            var rest = _response.AsSpan(_position);
            if (rest.Length <= MiddlePartData)
            {
                count = Copy(block, [SsifCommand.MultiReadEndBlock], rest);
                done = true;
            }
            else
            {
                count = Copy(block, [(byte)_blockNumber], rest[..MiddlePartData]);
                if (commit)
                    (_position, _blockNumber) = (_position + MiddlePartData, _blockNumber + 1);
            }
        }
        else
            return 0;

        if (commit && done)
            _response = null;
        return count;
    }

    private static int Copy(Span<byte> block, ReadOnlySpan<byte> prefix, ReadOnlySpan<byte> body)
    {
        if (!block.IsEmpty)
        {
            prefix.CopyTo(block);
            body.CopyTo(block[prefix.Length..]);
        }
        return prefix.Length + body.Length;
    }
}
