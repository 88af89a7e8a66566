#!/usr/bin/env bash
# Consumer smoke test: pack Okr.Core to a local folder, build a throwaway console app OUTSIDE the repository
# that references the package (not the project), run the quick start from the package README (PACKAGE.md)
# and check that it prints exactly what the README says it prints. Proves the package works as users get it.
# The same for Okr.Core.QuikGraph: packed beside it, its quick start (a QuikGraph topological sort on the view) run
# from the packages, and both packages in the trimmed and native AOT program.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
feed="$work/feed"; app="$work/app"
mkdir -p "$feed" "$app"

dotnet pack "$repo/src/Okr.Core/Okr.Core.csproj" -c Release -o "$feed" --nologo -v quiet
version=$(dotnet msbuild "$repo/src/Okr.Core/Okr.Core.csproj" -getProperty:PackageVersion)
nupkg="$feed/Okr.Core.$version.nupkg"
[ -f "$nupkg" ] || { echo "consumer-smoke: $nupkg was not produced"; exit 1; }
[ -f "$feed/Okr.Core.$version.snupkg" ] || { echo "consumer-smoke: symbols package missing"; exit 1; }

# What the package holds: both frameworks, XML docs, the readme, no dependencies.
listing=$(unzip -l "$nupkg")
for entry in lib/net8.0/Okr.Core.dll lib/net8.0/Okr.Core.xml lib/net10.0/Okr.Core.dll lib/net10.0/Okr.Core.xml PACKAGE.md; do
  grep -q " $entry\$" <<<"$listing" || { echo "consumer-smoke: $entry missing from the package"; exit 1; }
done
nuspec=$(unzip -p "$nupkg" Okr.Core.nuspec)
if grep -q "<dependency " <<<"$nuspec"; then echo "consumer-smoke: the package declares dependencies"; exit 1; fi
grep -q '<license type="expression">MIT</license>' <<<"$nuspec" || { echo "consumer-smoke: licence expression missing"; exit 1; }

# Okr.Core.QuikGraph: both frameworks, docs, readme, symbols; depends on Okr.Core (this version) and QuikGraph only.
dotnet pack "$repo/src/Okr.Core.QuikGraph/Okr.Core.QuikGraph.csproj" -c Release -o "$feed" --nologo -v quiet
qg_version=$(dotnet msbuild "$repo/src/Okr.Core.QuikGraph/Okr.Core.QuikGraph.csproj" -getProperty:PackageVersion)
qg_nupkg="$feed/Okr.Core.QuikGraph.$qg_version.nupkg"
[ -f "$qg_nupkg" ] || { echo "consumer-smoke: $qg_nupkg was not produced"; exit 1; }
[ -f "$feed/Okr.Core.QuikGraph.$qg_version.snupkg" ] || { echo "consumer-smoke: Okr.Core.QuikGraph symbols package missing"; exit 1; }
listing=$(unzip -l "$qg_nupkg")
for entry in lib/net8.0/Okr.Core.QuikGraph.dll lib/net8.0/Okr.Core.QuikGraph.xml lib/net10.0/Okr.Core.QuikGraph.dll lib/net10.0/Okr.Core.QuikGraph.xml PACKAGE.md; do
  grep -q " $entry\$" <<<"$listing" || { echo "consumer-smoke: $entry missing from Okr.Core.QuikGraph"; exit 1; }
done
nuspec=$(unzip -p "$qg_nupkg" Okr.Core.QuikGraph.nuspec)
grep -q '<license type="expression">MIT</license>' <<<"$nuspec" || { echo "consumer-smoke: Okr.Core.QuikGraph licence expression missing"; exit 1; }
deps=$(grep -o '<dependency id="[^"]*" version="[^"]*"' <<<"$nuspec" | sort -u | sed 's/<dependency //')
expected_deps=$(printf 'id="Okr.Core" version="%s"\nid="QuikGraph" version="2.5.0"\n' "$version" | sort -u)
[ "$deps" = "$expected_deps" ] || { echo "consumer-smoke: Okr.Core.QuikGraph dependencies are"; echo "$deps"; echo "expected"; echo "$expected_deps"; exit 1; }

# The package's nuget.config: Okr.Core and Okr.Core.QuikGraph only from the local feed, everything else from the registry.
write_nuget_config() {
  cat > "$app/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local"><package pattern="Okr.Core" /><package pattern="Okr.Core.QuikGraph" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
  <fallbackPackageFolders>
    <add key="machine" value="${NUGET_PACKAGES:-$HOME/.nuget/packages}" />
  </fallbackPackageFolders>
  <config><add key="globalPackagesFolder" value="$work/packages" /></config>
</configuration>
XML
}

# Its quick start, from its PACKAGE.md, against both packages: the app references only Okr.Core.QuikGraph and gets
# Okr.Core through it.
awk '/^```csharp$/{f=1;next} /^```$/{if(f){exit}} f' "$repo/src/Okr.Core.QuikGraph/PACKAGE.md" > "$app/Program.cs"
awk '/^```text$/{f=1;next} /^```$/{if(f){exit}} f' "$repo/src/Okr.Core.QuikGraph/PACKAGE.md" > "$work/expected.txt"
[ -s "$app/Program.cs" ] && [ -s "$work/expected.txt" ] || { echo "consumer-smoke: Okr.Core.QuikGraph's PACKAGE.md lost its quick start"; exit 1; }
for tfm in net8.0 net10.0; do
  lang=latest; [ "$tfm" = net8.0 ] && lang=12
  cat > "$app/App.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>$tfm</TargetFramework>
    <LangVersion>$lang</LangVersion>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <RollForward>Major</RollForward>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Okr.Core.QuikGraph" Version="$qg_version" />
  </ItemGroup>
</Project>
XML
  write_nuget_config
  rm -rf "$app/bin" "$app/obj"
  dotnet build "$app/App.csproj" -c Release --nologo -v quiet || { echo "consumer-smoke (QuikGraph, $tfm): build failed"; exit 1; }
  dotnet run --project "$app/App.csproj" -c Release --no-build > "$work/actual.txt"
  if ! diff -u "$work/expected.txt" "$work/actual.txt"; then
    echo "consumer-smoke (QuikGraph, $tfm): the quick start's output differs from Okr.Core.QuikGraph's PACKAGE.md"; exit 1
  fi
  echo "consumer-smoke (QuikGraph, $tfm): ok"
done

# The quick start from PACKAGE.md: the first csharp block is the program, the first text block its output.
awk '/^```csharp$/{f=1;next} /^```$/{if(f){exit}} f' "$repo/src/Okr.Core/PACKAGE.md" > "$app/Program.cs"
awk '/^```text$/{f=1;next} /^```$/{if(f){exit}} f' "$repo/src/Okr.Core/PACKAGE.md" > "$work/expected.txt"
[ -s "$app/Program.cs" ] && [ -s "$work/expected.txt" ] || { echo "consumer-smoke: PACKAGE.md lost its quick start"; exit 1; }

for tfm in net8.0 net10.0; do
  # net8.0 consumers compile with C# 12, as users on the .NET 8 SDK do.
  lang=latest; [ "$tfm" = net8.0 ] && lang=12
  cat > "$app/App.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>$tfm</TargetFramework>
    <LangVersion>$lang</LangVersion>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <RollForward>Major</RollForward>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Okr.Core" Version="$version" />
  </ItemGroup>
</Project>
XML
  # Okr.Core comes only from the local feed; targeting packs (net8.0) from the machine's cache or the registry.
  # A fresh packages folder keeps an older Okr.Core build from ever being picked up.
  write_nuget_config
  rm -rf "$app/bin" "$app/obj"
  dotnet build "$app/App.csproj" -c Release --nologo -v quiet || { echo "consumer-smoke ($tfm): build failed"; exit 1; }
  dotnet run --project "$app/App.csproj" -c Release --no-build > "$work/actual.txt"
  if ! diff -u "$work/expected.txt" "$work/actual.txt"; then
    echo "consumer-smoke ($tfm): the quick start's output differs from PACKAGE.md"; exit 1
  fi
  echo "consumer-smoke ($tfm): ok"
done

# Trimming and native AOT: the library claims both are safe (no reflection; IsAotCompatible). A program that reads,
# compiles, rolls up, writes and analyses a sample set must publish trimmed (and, where a C toolchain exists for the
# native link, as native AOT) without a single warning, and print exactly what the same program prints on the JIT.
cat > "$app/Program.cs" <<'CS'
using Okr.Core;
using Okr.Core.Graph;
using Okr.Core.Health;
using Okr.Core.QuikGraph;
using Okr.Core.Results;
using Okr.Core.Rollup;
using Okr.Core.Serialization;
using QuikGraph.Algorithms;
var set = OkrJson.ReadFile(args[0]);
var graph = set.Compile().ThrowIfFailed();
var day = new DateOnly(2026, 2, 15);
var result = graph.Rollup(day);
Console.WriteLine(OkrResultsJson.Write(result));
Console.WriteLine(OkrJson.Read(OkrJson.Write(set)) == set ? "round trip: equal" : "round trip: DIFFERENT");
foreach (var finding in graph.AnalyzeHealth(day).Findings) Console.WriteLine(finding.Code + " " + string.Join(",", finding.Ids));
Console.WriteLine("topological (QuikGraph on the view): " + string.Join(" ", graph.AsQuikGraph().TopologicalSort().Select(n => n.Id)));
CS
rid=$(dotnet --info | awk '/^ *RID:/{print $2; exit}')
data="$repo/samples/data/techsolutions.json"
publish() { # $1: the publish property (PublishTrimmed or PublishAot); $2: output folder
  cat > "$app/App.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <TrimmerSingleWarn>false</TrimmerSingleWarn>
    <RuntimeIdentifier>$rid</RuntimeIdentifier>
    <SelfContained>true</SelfContained>
    <$1>true</$1>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Okr.Core" Version="$version" />
    <PackageReference Include="Okr.Core.QuikGraph" Version="$qg_version" />
  </ItemGroup>
</Project>
XML
  rm -rf "$app/bin" "$app/obj"
  dotnet publish "$app/App.csproj" -c Release -o "$2" --nologo -v quiet || { echo "consumer-smoke ($1): publish failed or warned"; exit 1; }
}
# The JIT run of the same program, referencing both packages.
cat > "$app/App.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Okr.Core" Version="$version" />
    <PackageReference Include="Okr.Core.QuikGraph" Version="$qg_version" />
  </ItemGroup>
</Project>
XML
rm -rf "$app/bin" "$app/obj"
dotnet run --project "$app/App.csproj" -c Release -- "$data" > "$work/jit.txt" 2>&1 || { cat "$work/jit.txt"; echo "consumer-smoke: the JIT run failed"; exit 1; }
grep -q "round trip: equal" "$work/jit.txt" || { echo "consumer-smoke: okr/1 did not round-trip"; exit 1; }
grep -q "^topological (QuikGraph on the view): .* quality$" "$work/jit.txt" || { echo "consumer-smoke: the QuikGraph view did not sort techsolutions.json"; exit 1; }
publish PublishTrimmed "$work/trimmed"
"$work/trimmed/App" "$data" > "$work/trimmed.txt"
diff -u "$work/jit.txt" "$work/trimmed.txt" || { echo "consumer-smoke (trimmed): output differs from the JIT run"; exit 1; }
echo "consumer-smoke (trimmed, $rid): ok"
if command -v clang > /dev/null || command -v gcc > /dev/null; then
  publish PublishAot "$work/aot"
  "$work/aot/App" "$data" > "$work/aot.txt"
  diff -u "$work/jit.txt" "$work/aot.txt" || { echo "consumer-smoke (native AOT): output differs from the JIT run"; exit 1; }
  echo "consumer-smoke (native AOT, $rid): ok"
else
  echo "consumer-smoke (native AOT): not run, no C toolchain for the native link on this machine"
fi
