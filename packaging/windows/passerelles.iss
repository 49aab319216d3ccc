; Inno Setup 6 script: the one-folder bundle, installed per user (no administrator rights, the
; default) or per machine (an administrator, a deployment tool running as SYSTEM: /ALLUSERS).
;
;   uv run --group packaging python packaging\build_bundle.py          (dist\Passerelles\ and build\bundle\stage\)
;   ISCC.exe /DAppVersion=0.1.0 packaging\windows\passerelles.iss      (dist\Passerelles-0.1.0-installation.exe)
;
; Optional at build time:
;   /DPgBinDir=C:\pgsql\bin   carry the PostgreSQL client tools (pg_dump, pg_restore and their DLLs)
;                             into {app}\pgsql\bin, where the application looks first (server backups)
;   /DSignTool=passerelles "/Spasserelles=signtool.exe sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /f C:\certs\ville.pfx /p MOTDEPASSE $f"
;                             sign the installer and the uninstaller with the city's certificate
;                             (sign dist\Passerelles\*.exe with the same signtool command first)
;
; Per user: %LOCALAPPDATA%\Programs\Passerelles ({autopf} in non-administrative mode); per machine:
; C:\Program Files\Passerelles. Start-menu shortcut (a desktop one if ticked), passerelles-cli on the
; PATH if ticked, an uninstaller in Settings > Apps. The catalogue, settings, logs and backups live in
; each user's %LOCALAPPDATA%\Passerelles: installing, repairing, upgrading and uninstalling never
; touch them. Command lines for IT (silent install, repair, uninstall, logs): docs/guide/installation-it.md.
; Paths are relative to this file.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\Passerelles"
#endif
#ifndef StageDir
  #define StageDir "..\..\build\bundle\stage"
#endif

[Setup]
AppId={{6E0B6C1D-3F5A-4C47-9D8E-2A61B5F0C913}
AppName=Passerelles
AppVersion={#AppVersion}
AppVerName=Passerelles {#AppVersion}
AppPublisher=Ville — Direction des relations internationales
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\Passerelles
DefaultGroupName=Passerelles
DisableProgramGroupPage=yes
DisableDirPage=auto
; per user by default; /ALLUSERS (or the dialog's choice, or an administrator's /ALLUSERS) per machine
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
UsePreviousPrivileges=yes
; Qt 6 needs Windows 10 (64-bit); Windows 7 and 8.1 are refused with a clear message
MinVersion=10.0
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=Passerelles-{#AppVersion}-installation
SetupIconFile={#StageDir}\passerelles.ico
UninstallDisplayIcon={app}\Passerelles.exe
UninstallDisplayName=Passerelles
Uninstallable=yes
CloseApplications=yes
RestartApplications=no
ChangesEnvironment=yes
; a log in %TEMP% ("Setup Log <date> #<n>.txt") at every run; /LOG="file" chooses the file
SetupLogging=yes
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
#ifdef SignTool
SignTool={#SignTool}
SignedUninstaller=yes
#endif

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
french.CommandLine=Ligne de commande :
english.CommandLine=Command line:
french.AddToPath=Ajouter passerelles-cli au PATH
english.AddToPath=Add passerelles-cli to the PATH

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "clipath"; Description: "{cm:AddToPath}"; GroupDescription: "{cm:CommandLine}"; Flags: unchecked

[Files]
; the whole folder; an upgrade (or a repair) first removes the previous version's _internal (see [InstallDelete])
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
#ifdef PgBinDir
Source: "{#PgBinDir}\*"; DestDir: "{app}\pgsql\bin"; Flags: ignoreversion recursesubdirs createallsubdirs
#endif

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Passerelles"; Filename: "{app}\Passerelles.exe"; WorkingDir: "{app}"; Comment: "Registre des partenariats internationaux"
Name: "{autodesktop}\Passerelles"; Filename: "{app}\Passerelles.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Registry]
; the PATH of this user (per-user install) or of every user (per-machine install); removed on uninstall ([Code])
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: clipath; Check: (not IsAdminInstallMode) and NeedsAddPath('{app}')
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: clipath; Check: IsAdminInstallMode and NeedsAddPath('{app}')

[Run]
Filename: "{app}\Passerelles.exe"; Description: "{cm:LaunchProgram,Passerelles}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
Type: filesandordirs; Name: "{app}\_internal"
Type: filesandordirs; Name: "{app}\pgsql"

[Code]
{ The Environment key of the install's mode: this user's, or the machine's. }
function EnvironmentKey(var Root: Integer): String;
begin
  if IsAdminInstallMode then
  begin
    Root := HKEY_LOCAL_MACHINE;
    Result := 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment';
  end
  else
  begin
    Root := HKEY_CURRENT_USER;
    Result := 'Environment';
  end;
end;

{ True when the folder is not on the PATH yet (compared without case, whole entries only). }
function NeedsAddPath(Folder: String): Boolean;
var
  Root: Integer;
  Key, Paths: String;
begin
  Key := EnvironmentKey(Root);
  if not RegQueryStringValue(Root, Key, 'Path', Paths) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(ExpandConstant(Folder)) + ';', ';' + Uppercase(Paths) + ';') = 0;
end;

{ Uninstall: the folder taken off the PATH again (the rest of the PATH as it was). }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Root, Found: Integer;
  Key, Paths, Folder: String;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  Key := EnvironmentKey(Root);
  if not RegQueryStringValue(Root, Key, 'Path', Paths) then
    exit;
  Folder := ExpandConstant('{app}');
  Found := Pos(';' + Uppercase(Folder) + ';', ';' + Uppercase(Paths) + ';');
  if Found = 0 then
    exit;
  if Found > 1 then
    Delete(Paths, Found - 1, Length(Folder) + 1)
  else
    Delete(Paths, Found, Length(Folder) + 1);
  RegWriteExpandStringValue(Root, Key, 'Path', Paths);
end;
